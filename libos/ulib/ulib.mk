# ulib.mk - building user programs for the guest OS kernel. Include after
# libos/rules.mk, then for each program set <name>_OBJS and call
#   $(eval $(call user_program,<name>))
# which links build/<name>.elf from <name>_OBJS, the ulib objects (crt0,
# system calls, stdio) and picolibc with user.ld. Add $(call
# user_outputs,<names>) to a target (e.g. all) to get the .elf/.sym/.asm.

ULIB := $(LIBOS)/ulib
ULIB_LDSCRIPT := $(ULIB)/user.ld
ULIB_OBJS := $(BUILD)/ulib/crt0.o $(BUILD)/ulib/unistd.o $(BUILD)/ulib/exo.o $(BUILD)/ulib/stdio.o
ULIB_HEADERS := $(ULIB)/exo.h $(ULIB)/ecall.h $(ULIB)/exo-posix.h $(LIBOS)/include/exovisor/syscall.h \
	$(LIBOS)/include/exovisor/fs.h $(ULIB)/ulib.mk
ULIB_LDFLAGS := $(ARCH_FLAGS) -nostartfiles -T $(ULIB_LDSCRIPT) \
	-Wl,--gc-sections -Wl,--build-id=none -Wl,--strip-debug

CFLAGS += -I$(ULIB)

$(BUILD)/ulib/%.o: $(ULIB)/%.c $(HEADER_DEPS) $(ULIB_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/ulib/%.o: $(ULIB)/%.S $(HEADER_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# user_program(name): link rule for build/<name>.elf.
define user_program
$(BUILD)/$(1).elf: $$($(1)_OBJS) $$(ULIB_OBJS) $$(ULIB_LDSCRIPT)
	$$(CC) $$(ULIB_LDFLAGS) -o $$@ $$($(1)_OBJS) $$(ULIB_OBJS) $$(LDLIBS)
endef

# user_outputs(names): the .elf, .sym and .asm files of those programs.
user_outputs = $(foreach p,$(1),$(BUILD)/$(p).elf $(BUILD)/$(p).sym $(BUILD)/$(p).asm)
