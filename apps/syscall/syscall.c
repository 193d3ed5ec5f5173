/* syscall - system-call round trips: calls getpid N times (argv[1],
 * default 100000) and checks that every answer is the same. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define DEFAULT_CALLS 100000ul

int main(int argc, char **argv)
{
    unsigned long calls = argc > 1 ? strtoul(argv[1], NULL, 10) : DEFAULT_CALLS;
    pid_t pid = getpid();
    for (unsigned long i = 0; i < calls; i++) {
        if (getpid() != pid) {
            printf("syscall: getpid changed after %lu calls\n", i);
            return 1;
        }
    }
    printf("syscall: %lu getpid calls, pid %d\n", calls, (int)pid);
    return 0;
}
