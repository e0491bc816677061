// The ICU C headers CICU uses. Only C code includes this module; Swift imports CICU instead.
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/unum.h>
