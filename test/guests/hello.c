/* hello - printf formatting through the UART console. */
#include <stdio.h>
#include <string.h>

#include "bare.h"

static int failures;

/* Formats into a buffer, prints it and compares it with the expectation. */
static void check(const char *got, const char *want)
{
    printf("%s\n", got);
    if (strcmp(got, want) != 0) {
        printf("MISMATCH: want [%s]\n", want);
        failures++;
    }
}

int main(void)
{
    char buf[128];

    printf("Hello from Exovisor guest!\n");
    snprintf(buf, sizeof buf, "dec %d %d %u", 42, -42, 3000000000u);
    check(buf, "dec 42 -42 3000000000");
    snprintf(buf, sizeof buf, "hex %x %X %#x %08x", 0xbeefu, 0xbeefu, 255u, 0x1234u);
    check(buf, "hex beef BEEF 0xff 00001234");
    snprintf(buf, sizeof buf, "str [%s] [%8s] [%-8s] [%.3s]", "abc", "right", "left", "truncate");
    check(buf, "str [abc] [   right] [left    ] [tru]");
    snprintf(buf, sizeof buf, "chr %c%c%c", 'R', 'V', '3');
    check(buf, "chr RV3");
    snprintf(buf, sizeof buf, "pad [%5d] [%-5d] [%05d] [%+d]", -7, 7, -7, 7);
    check(buf, "pad [   -7] [7    ] [-0007] [+7]");
    snprintf(buf, sizeof buf, "min %d max %d", -2147483647 - 1, 2147483647);
    check(buf, "min -2147483648 max 2147483647");
    snprintf(buf, sizeof buf, "long long %lld %llx", -1234567890123LL, 0x123456789abcdefULL);
    check(buf, "long long -1234567890123 123456789abcdef");
    snprintf(buf, sizeof buf, "percent 100%%");
    check(buf, "percent 100%");
    bare_puts("raw puts ");
    bare_put_hex(0xdeadbeefu);
    bare_putc('\n');
    if (failures != 0) {
        printf("FAILED %d checks\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
