/* exitcode - prints a line and returns 3 from main (crt0 -> exit -> test device). */
#include <stdio.h>

int main(void)
{
    printf("exiting with code 3\n");
    return 3;
}
