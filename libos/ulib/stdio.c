/* stdio.c - picolibc tinystdio streams on the console descriptors: stdout
 * is buffered and written at each newline, when full, before reading
 * stdin, before spawn/wait/sleep and at exit; stderr is unbuffered. */
#include <stdio.h>
#include <unistd.h>

#include "ecall.h"

#define STDOUT_BUF 512

static char out_buf[STDOUT_BUF];
static unsigned out_len;

/* Writes all of buf to fd, retrying short writes; gives up on an error. */
static void write_all(int fd, const char *buf, unsigned n)
{
    while (n > 0) {
        ssize_t w = write(fd, buf, n);
        if (w <= 0) {
            return;
        }
        buf += w;
        n -= (unsigned)w;
    }
}

/* Writes out what stdout holds. */
void ulib_flush_stdout(void)
{
    write_all(1, out_buf, out_len);
    out_len = 0;
}

static int stdout_flush(FILE *f)
{
    (void)f;
    ulib_flush_stdout();
    return 0;
}

static int stdout_put(char c, FILE *f)
{
    (void)f;
    out_buf[out_len++] = c;
    if (c == '\n' || out_len == STDOUT_BUF) {
        ulib_flush_stdout();
    }
    return (unsigned char)c;
}

static int stderr_put(char c, FILE *f)
{
    (void)f;
    ulib_flush_stdout(); /* keep the order of the two streams */
    write_all(2, &c, 1);
    return (unsigned char)c;
}

static int stdin_get(FILE *f)
{
    unsigned char c;
    (void)f;
    ulib_flush_stdout();
    ssize_t n = read(0, &c, 1);
    return n == 1 ? c : n == 0 ? _FDEV_EOF : _FDEV_ERR;
}

static FILE stdin_file = FDEV_SETUP_STREAM(NULL, stdin_get, NULL, _FDEV_SETUP_READ);
static FILE stdout_file = FDEV_SETUP_STREAM(stdout_put, NULL, stdout_flush, _FDEV_SETUP_WRITE);
static FILE stderr_file = FDEV_SETUP_STREAM(stderr_put, NULL, NULL, _FDEV_SETUP_WRITE);

FILE *const stdin = &stdin_file;
FILE *const stdout = &stdout_file;
FILE *const stderr = &stderr_file;
