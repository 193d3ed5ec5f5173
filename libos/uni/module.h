/* module.h - the record a library-OS module carries in its object.
 *
 * Every module object (libos/uni/build/<module>.o) holds one record in a
 * non-allocated section named .exo.module: NUL-terminated "key=value"
 * strings, name first, then requires, hypercalls and doc:
 *
 *   name=<module>
 *   requires=<module>,<module>,...      modules whose symbols it uses (may be empty)
 *   hypercalls=<name>,<name>,...        the __HYPERVISOR_<name> calls its own code makes
 *   doc=<one line>
 *
 * A linker that concatenates modules' .exo.module sections gets one record
 * after the other; a "name=" string starts the next one. Values must not
 * contain a double quote, a backslash or a newline.
 *
 *   EXO_MODULE("console", "runtime,pv,libc", "console_io", "the PV console");
 *
 * at file scope in one of the module's C sources.
 */
#ifndef UNI_MODULE_H
#define UNI_MODULE_H

#define EXO_MODULE(name, requires, hypercalls, doc)                            \
    __asm__(".pushsection .exo.module,\"\",@progbits\n\t"                      \
            ".asciz \"name=" name "\"\n\t"                                     \
            ".asciz \"requires=" requires "\"\n\t"                             \
            ".asciz \"hypercalls=" hypercalls "\"\n\t"                         \
            ".asciz \"doc=" doc "\"\n\t"                                       \
            ".popsection")

#endif
