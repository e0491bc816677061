// ICU transliteration (Traditional→Simplified and back) over UTF-16 buffers.
#include "suanshu_icu.h"
#include <string.h>
#include <unicode/utrans.h>

struct SXTransliterator;

SXTransliterator *sx_translit_open(const char *id, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar wide[128];
    size_t length = strlen(id);
    if (length >= 128) {
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    for (size_t i = 0; i < length; i++) wide[i] = (UChar)(unsigned char)id[i];
    UTransliterator *transliterator =
        utrans_openU(wide, (int32_t)length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    *error = status;
    return U_FAILURE(status) ? NULL : (SXTransliterator *)transliterator;
}

void sx_translit_close(SXTransliterator *transliterator) {
    if (transliterator != NULL) utrans_close((UTransliterator *)transliterator);
}

int32_t sx_translit(SXTransliterator *transliterator, uint16_t *text, int32_t length,
                    int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &textLength,
                       capacity, 0, &limit, &status);
    *error = status;
    return textLength;
}
