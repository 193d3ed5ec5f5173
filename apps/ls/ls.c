/* ls - lists the files on the disk with their sizes, then a total. */
#include <stdio.h>

#include "exo.h"

int main(void)
{
    char name[EXO_NAME_MAX + 1];
    unsigned count = 0;
    unsigned long total = 0;
    for (unsigned i = 0;; i++) {
        int size = list_file(i, name, sizeof name);
        if (size == -(int)EXO_ENOENT) {
            break;
        }
        if (size < 0) {
            printf("ls: cannot list file %u: error %d\n", i, -size);
            return 1;
        }
        printf("%-27s %10d\n", name, size);
        count++;
        total += (unsigned long)size;
    }
    printf("%u files, %lu bytes\n", count, total);
    return 0;
}
