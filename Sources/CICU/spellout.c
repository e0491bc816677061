// ICU's rule-based spellout of numbers in Chinese: an independent oracle for the tests of
// the number engine.
#include "suanshu_icu.h"
#include <string.h>
#include <unicode/unum.h>

struct SXSpellout;

SXSpellout *sx_spellout_open(const char *locale, const char *ruleSet, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
    if (U_SUCCESS(status) && ruleSet != NULL) {
        UChar wide[128];
        size_t length = strlen(ruleSet);
        if (length >= 128) {
            status = U_ILLEGAL_ARGUMENT_ERROR;
        } else {
            for (size_t i = 0; i < length; i++) wide[i] = (UChar)(unsigned char)ruleSet[i];
            unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, wide, (int32_t)length, &status);
        }
    }
    *error = status;
    if (U_FAILURE(status)) {
        if (format != NULL) unum_close(format);
        return NULL;
    }
    return (SXSpellout *)format;
}

void sx_spellout_close(SXSpellout *formatter) {
    if (formatter != NULL) unum_close((UNumberFormat *)formatter);
}

int32_t sx_spellout_format(SXSpellout *formatter, const char *decimal, uint16_t *destination,
                           int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_formatDecimal((const UNumberFormat *)formatter, decimal,
                                        (int32_t)strlen(decimal), (UChar *)destination, capacity,
                                        NULL, &status);
    *error = status;
    return length;
}
