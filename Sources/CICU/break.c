// Sentence and word break over UTF-16, handing back boundaries with ICU's rule statuses
// in batches so Swift crosses into C once per batch, not once per token.
#include "suanshu_icu.h"
#include <stdlib.h>
#include <unicode/ubrk.h>

struct SXBreak {
    UBreakIterator *iterator;
};

SXBreak *sx_break_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == SX_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    *error = status;
    if (U_FAILURE(status)) return NULL;
    SXBreak *result = malloc(sizeof(SXBreak));
    if (result == NULL) {
        ubrk_close(iterator);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->iterator = iterator;
    return result;
}

void sx_break_close(SXBreak *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->iterator);
    free(iterator);
}

void sx_break_set_text(SXBreak *iterator, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator->iterator, (const UChar *)text, length, &status);
    *error = status;
}

int32_t sx_break_next(SXBreak *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(iterator->iterator);
        if (boundary == UBRK_DONE) break;
        boundaries[count] = boundary;
        statuses[count] = ubrk_getRuleStatus(iterator->iterator);
        count++;
    }
    return count;
}
