// ICU error codes as names, for messages Swift turns into thrown errors.
#include "suanshu_icu.h"
#include <unicode/utypes.h>

const char *sx_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

int32_t sx_failed(int32_t code) { return U_FAILURE((UErrorCode)code) ? 1 : 0; }
