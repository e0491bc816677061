// The ICU bridge: plain-C-typed functions over ICU's C API.
//
// Swift sees only this header, never an ICU header: Foundation on Linux carries its own
// ICU, and a Swift module that sees both clashes. Every ICU status comes back as an
// int32_t error code (0 or negative is success or a warning, as in ICU); sx_error_name
// gives ICU's name for it. UTF-16 text is passed as uint16_t buffers with lengths.
#ifndef SUANSHU_ICU_H
#define SUANSHU_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's name for an error code, e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *sx_error_name(int32_t code);

/// True when an error code is a failure (ICU's U_FAILURE).
int32_t sx_failed(int32_t code);

// MARK: - Break iteration

typedef struct SXBreak SXBreak;

enum {
    SX_BREAK_SENTENCE = 0,
    SX_BREAK_WORD = 1,
};

/// Opens a sentence or word break iterator for a locale ("zh" uses ICU's CJK dictionary).
SXBreak *sx_break_open(int32_t kind, const char *locale, int32_t *error);
void sx_break_close(SXBreak *iterator);

/// Points the iterator at text. The buffer must outlive every following call.
void sx_break_set_text(SXBreak *iterator, const uint16_t *text, int32_t length, int32_t *error);

/// Fills up to `capacity` boundaries after the current position, each with ICU's rule
/// status of the segment that ends there (UBRK_WORD_NUMBER, _LETTER, _IDEO…; 0 for none).
/// Returns how many were written; 0 once the text is exhausted.
int32_t sx_break_next(SXBreak *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// Rule status ranges of word break (ICU's UWordBreak values).
enum {
    SX_WORD_NONE_LIMIT = 100,
    SX_WORD_NUMBER_LIMIT = 200,
    SX_WORD_LETTER_LIMIT = 300,
    SX_WORD_KANA_LIMIT = 400,
    SX_WORD_IDEO_LIMIT = 500,
};

// MARK: - Transliteration

typedef struct SXTransliterator SXTransliterator;

/// Opens a transliterator by ICU id, e.g. "Traditional-Simplified".
SXTransliterator *sx_translit_open(const char *id, int32_t *error);
void sx_translit_close(SXTransliterator *transliterator);

/// Transliterates text in place. Returns the new length; when it exceeds capacity the
/// error is U_BUFFER_OVERFLOW_ERROR and the buffer content is unspecified.
int32_t sx_translit(SXTransliterator *transliterator, uint16_t *text, int32_t length,
                    int32_t capacity, int32_t *error);

// MARK: - Normalisation

/// NFKC of `source` into `destination`, with `origin[i]` the index in `source` where the
/// text that produced destination[i] starts and `originEnd[i]` where it ends (exclusive).
/// Returns the normalised length; when it exceeds capacity the error is
/// U_BUFFER_OVERFLOW_ERROR. On overflow, call again with more room: 18 × length + 16 always suffices (one code
/// point expands to at most 18 under NFKC).
int32_t sx_nfkc_mapped(const uint16_t *source, int32_t length, uint16_t *destination,
                       int32_t *origin, int32_t *originEnd, int32_t capacity, int32_t *error);

// MARK: - Charsets

/// ICU's best guess at the charset of some bytes. Writes its name (NUL-terminated) into
/// `name` and its confidence (0–100) into `confidence`. Returns 1 when it made a guess.
int32_t sx_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *confidence, int32_t *error);

/// Converts bytes in a charset to UTF-16. Bad bytes become U+FFFD (or the charset's
/// substitution character). `offsets[i]` is the byte offset that produced destination[i].
/// A capacity of length + 1 always suffices. Returns the UTF-16 length.
int32_t sx_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *destination, int32_t *offsets, int32_t capacity,
                            int32_t *error);

// MARK: - Number spellout (a test oracle for the number engine)

typedef struct SXSpellout SXSpellout;

/// Opens ICU's rule-based spellout formatter for a locale ("zh", "zh_Hant"), optionally
/// switched to a named rule set (e.g. "%spellout-cardinal-financial"; NULL for default).
SXSpellout *sx_spellout_open(const char *locale, const char *ruleSet, int32_t *error);
void sx_spellout_close(SXSpellout *formatter);

/// Spells out a decimal number given as ASCII ("123.45"). Returns the UTF-16 length.
int32_t sx_spellout_format(SXSpellout *formatter, const char *decimal, uint16_t *destination,
                           int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
