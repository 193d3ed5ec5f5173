/* expect.h - the check every test unikernel here prints: "ok WHAT" when a
 * result is the one wanted, else "FAIL WHAT: GOT, expected WANT", counted
 * in failures (which a test returns as its exit status). Included by one
 * test program each, so it defines rather than declares. */
#ifndef TEST_UNI_EXPECT_H
#define TEST_UNI_EXPECT_H

#include <stdio.h>

static int failures;

/* Prints the check's line; counts a failure when got != want. */
static void expect(const char *what, int got, int want)
{
    if (got == want) {
        printf("ok %s\n", what);
    } else {
        printf("FAIL %s: %d, expected %d\n", what, got, want);
        failures++;
    }
}

#endif
