// NFKC with an origin for every output unit, so spans survive normalisation.
//
// The input is walked in normalisation-independent chunks: the prefix ICU's quick check
// says is already normal is copied unit by unit; each following chunk (up to the next
// normalisation boundary) is normalised on its own, and every unit it yields points back
// to the whole chunk (or unit by unit when the chunk kept its length, as for ２ → 2).
#include "suanshu_icu.h"
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

int32_t sx_nfkc_mapped(const uint16_t *source, int32_t length, uint16_t *destination,
                       int32_t *origin, int32_t *originEnd, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return 0;
    }
    const UChar *text = (const UChar *)source;
    int32_t out = 0;
    int32_t i = 0;
    while (i < length) {
        int32_t normal = unorm2_spanQuickCheckYes(nfkc, text + i, length - i, &status);
        if (U_FAILURE(status)) break;
        if (out + normal > capacity) {
            status = U_BUFFER_OVERFLOW_ERROR;
            break;
        }
        for (int32_t k = 0; k < normal; k++) {
            int32_t at = i + k;
            destination[out] = source[at];
            // Both halves of a surrogate pair point at the whole pair.
            if (U16_IS_LEAD(source[at]) && at + 1 < i + normal && U16_IS_TRAIL(source[at + 1])) {
                origin[out] = at;
                originEnd[out] = at + 2;
            } else if (U16_IS_TRAIL(source[at]) && k > 0 && U16_IS_LEAD(source[at - 1])) {
                origin[out] = at - 1;
                originEnd[out] = at + 1;
            } else {
                origin[out] = at;
                originEnd[out] = at + 1;
            }
            out++;
        }
        i += normal;
        if (i >= length) break;

        // The chunk runs to the next code point that starts a new normalisation unit.
        int32_t end = i;
        UChar32 c;
        U16_NEXT(text, end, length, c);
        while (end < length) {
            int32_t next = end;
            U16_NEXT(text, next, length, c);
            if (unorm2_hasBoundaryBefore(nfkc, c)) break;
            end = next;
        }
        int32_t room = capacity - out;
        int32_t produced;
        if (end - i == 1 && room >= 1 && ((source[i] >= 0xFF01 && source[i] <= 0xFF5E) || source[i] == 0x3000)) {
            // Full-width ASCII (，：％２) and the ideographic space, alone in their chunk, are
            // their ASCII forms under NFKC: a release has one every few characters, and
            // ICU's call costs more than the mapping.
            destination[out] = source[i] == 0x3000 ? 0x20 : source[i] - 0xFEE0;
            produced = 1;
        } else {
            produced = unorm2_normalize(nfkc, text + i, end - i, (UChar *)destination + out, room, &status);
        }
        if (U_FAILURE(status)) break;
        if (produced > room) {
            status = U_BUFFER_OVERFLOW_ERROR;
            break;
        }
        int32_t chunkLength = end - i;
        for (int32_t k = 0; k < produced; k++) {
            if (produced == chunkLength) {
                origin[out + k] = i + k;
                originEnd[out + k] = i + k + 1;
            } else {
                origin[out + k] = i;
                originEnd[out + k] = end;
            }
        }
        out += produced;
        i = end;
    }
    *error = status;
    return out;
}
