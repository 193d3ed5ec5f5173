/* kvserver - a key-value store on the disk, driven line by line from
 * standard input:
 *
 *   put KEY VALUE   sets KEY (one word) to VALUE (the rest of the line)  OK
 *   get KEY         the value, or NOT FOUND
 *   del KEY         OK, or NOT FOUND
 *   count           the number of keys
 *   quit            BYE, and exits 0 (so does end of input, silently)
 *
 * One answer line per command (blank lines get none); anything wrong is
 * answered "ERR <why>". The data is in the file kv.db (argv[1] names
 * another) through the kv store of libos/uni/kv, which is linked into this
 * program under the guest OS kernel and is the kv module of its unikernel.
 * With no file system (a unikernel without a disk) it says so and exits 1. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "kv/kv.h"

#define IN_LINE_MAX 256

static char in_buf[256];
static int in_len, in_pos;

/* The next byte of standard input, or -1 at its end (or an error). */
static int next_byte(void)
{
    if (in_pos == in_len) {
        ssize_t n = read(0, in_buf, sizeof in_buf);
        if (n <= 0) {
            return -1;
        }
        in_len = (int)n;
        in_pos = 0;
    }
    return (unsigned char)in_buf[in_pos++];
}

/* Reads a line without its end (and a '\r' before it) into line[IN_LINE_MAX]:
 * its length, -1 at the end of input, -2 for a line too long (skipped). */
static int read_line(char *line)
{
    int n = 0, c, too_long = 0;
    while ((c = next_byte()) >= 0 && c != '\n') {
        if (n < IN_LINE_MAX - 1) {
            line[n++] = (char)c;
        } else {
            too_long = 1;
        }
    }
    if (c < 0 && n == 0 && !too_long) {
        return -1;
    }
    if (n > 0 && line[n - 1] == '\r') {
        n--;
    }
    line[n] = '\0';
    return too_long ? -2 : n;
}

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Cuts the word at *p (after blanks) off the line: the word ("" if none);
 * *p then points after the blank run that follows it. */
static char *word(char **p)
{
    char *s = *p;
    while (blank(*s)) {
        s++;
    }
    char *w = s;
    while (*s != '\0' && !blank(*s)) {
        s++;
    }
    if (*s != '\0') {
        *s++ = '\0';
        while (blank(*s)) {
            s++;
        }
    }
    *p = s;
    return w;
}

static void error(int err)
{
    printf("ERR %s\n", kv_strerror(err));
}

/* Answers one command line; 1 after quit, else 0. */
static int command(char *line)
{
    char *rest = line;
    char *cmd = word(&rest);
    char value[KV_VALUE_MAX + 1];
    int r;
    if (cmd[0] == '\0') {
        return 0;
    }
    if (strcmp(cmd, "put") == 0) {
        char *key = word(&rest);
        if (key[0] == '\0' || rest[0] == '\0') {
            printf("ERR usage: put KEY VALUE\n");
        } else if ((r = kv_put(key, rest)) < 0) {
            error(r);
        } else {
            printf("OK\n");
        }
    } else if (strcmp(cmd, "get") == 0 || strcmp(cmd, "del") == 0) {
        char *key = word(&rest);
        if (key[0] == '\0' || rest[0] != '\0') {
            printf("ERR usage: %s KEY\n", cmd);
            return 0;
        }
        r = cmd[0] == 'g' ? kv_get(key, value, sizeof value) : kv_del(key);
        if (r == KV_ENOTFOUND) {
            printf("NOT FOUND\n");
        } else if (r < 0) {
            error(r);
        } else {
            printf("%s\n", cmd[0] == 'g' ? value : "OK");
        }
    } else if (strcmp(cmd, "count") == 0 && rest[0] == '\0') {
        if ((r = kv_count()) < 0) {
            error(r);
        } else {
            printf("%d\n", r);
        }
    } else if (strcmp(cmd, "quit") == 0 && rest[0] == '\0') {
        printf("BYE\n");
        return 1;
    } else if (strcmp(cmd, "count") == 0 || strcmp(cmd, "quit") == 0) {
        printf("ERR usage: %s\n", cmd);
    } else {
        printf("ERR unknown command %s\n", cmd);
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "kv.db";
    char line[IN_LINE_MAX];
    int r = kv_open(path);
    if (r == KV_EOPEN && errno == ENOENT) {
        printf("kvserver: cannot create %s: no file system (no disk?)\n", path);
        return 1;
    }
    if (r < 0) {
        printf("kvserver: %s: %s\n", path, kv_strerror(r));
        return 1;
    }
    for (;;) {
        int n = read_line(line);
        if (n == -1) {
            break;
        }
        if (n == -2) {
            printf("ERR line too long\n");
        } else if (command(line)) {
            break;
        }
    }
    if ((r = kv_close()) < 0) {
        printf("kvserver: %s: %s\n", path, kv_strerror(r));
        return 1;
    }
    return 0;
}
