/* cat - copies standard input to standard output until end of file
 * (Ctrl-D on the console). */
#include <unistd.h>

/* Writes all n bytes of buf to fd; 0 or -1. */
static int write_all(int fd, const char *buf, ssize_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, buf, (size_t)n);
        if (w <= 0) {
            return -1;
        }
        buf += w;
        n -= w;
    }
    return 0;
}

int main(void)
{
    char buf[256];
    for (;;) {
        ssize_t n = read(0, buf, sizeof buf);
        if (n == 0) {
            return 0;
        }
        if (n < 0 || write_all(1, buf, n) < 0) {
            return 1;
        }
    }
}
