/* hello - greets with its pid and echoes its arguments. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    printf("hello from pid %d\n", (int)getpid());
    for (int i = 1; i < argc; i++) {
        printf("hello: argv[%d]=%s\n", i, argv[i]);
    }
    return 0;
}
