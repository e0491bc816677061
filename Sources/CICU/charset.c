// Charset detection (ucsdet) and conversion to UTF-16 (ucnv) for non-UTF-8 input.
#include "suanshu_icu.h"
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

int32_t sx_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity,
                          int32_t *confidence, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : NULL;
    int32_t found = 0;
    if (U_SUCCESS(status) && match != NULL) {
        const char *matched = ucsdet_getName(match, &status);
        *confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && matched != NULL && (int32_t)strlen(matched) < nameCapacity) {
            strcpy(name, matched);
            found = 1;
        }
    }
    ucsdet_close(detector);
    *error = status;
    return found;
}

int32_t sx_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *destination, int32_t *offsets, int32_t capacity,
                            int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    UChar *target = (UChar *)destination;
    const char *cursor = bytes;
    ucnv_toUnicode(converter, &target, (UChar *)destination + capacity, &cursor, bytes + length,
                   offsets, 1, &status);
    ucnv_close(converter);
    *error = status;
    return (int32_t)(target - (UChar *)destination);
}
