/* spawnstorm - process creation: spawns N short-lived children (argv[1],
 * default 200), at most BATCH at a time, each this program again with the
 * arguments "child <index>"; reaps them all and checks every exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exo.h"

#define DEFAULT_CHILDREN 200
#define BATCH 16

/* The exit status child number index reports (deterministic, 0-250). */
static int child_status(int index)
{
    return (index * 37 + 11) % 251;
}

/* Starts child number index; its pid, or a negative error. */
static int start_child(const char *self, int index)
{
    char arg[16];
    snprintf(arg, sizeof arg, "%d", index);
    char *argv[] = { (char *)self, "child", arg, NULL };
    return spawn(self, argv);
}

/* Spawns count children numbered from first, reaps them and checks their
 * statuses; the number of failures (or -1 when spawning failed). */
static int run_batch(const char *self, int first, int count)
{
    int pids[BATCH];
    int failures = 0;
    for (int i = 0; i < count; i++) {
        pids[i] = start_child(self, first + i);
        if (pids[i] < 0) {
            printf("spawnstorm: spawn of child %d failed: error %d\n", first + i, -pids[i]);
            return -1;
        }
    }
    for (int reaped = 0; reaped < count; reaped++) {
        int status;
        int pid = wait_child(-1, &status);
        int i = 0;
        while (i < count && pids[i] != pid) {
            i++;
        }
        if (i == count || status != child_status(first + i)) {
            printf("spawnstorm: child pid %d: unexpected exit status %d\n", pid, status);
            failures++;
        }
    }
    return failures;
}

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "child") == 0) {
        return child_status(atoi(argv[2]));
    }
    int children = argc > 1 ? atoi(argv[1]) : DEFAULT_CHILDREN;
    int failures = 0;
    for (int first = 0; first < children; first += BATCH) {
        int count = children - first < BATCH ? children - first : BATCH;
        int r = run_batch(argv[0], first, count);
        if (r < 0) {
            return 1;
        }
        failures += r;
    }
    if (wait_child(-1, NULL) != -(int)EXO_ECHILD) {
        printf("spawnstorm: a child was left over\n");
        return 1;
    }
    printf("spawnstorm: %d children spawned and reaped, %d bad statuses\n", children, failures);
    return failures == 0 ? 0 : 1;
}
