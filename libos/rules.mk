# rules.mk - shared build rules for bare-metal RV32 guests.
#
# Include from a Makefile after setting:
#   PROGRAMS        names of the programs to build (build/<name>.elf)
#   <name>_OBJS     explicit object list for each program, defined with =
#                   (it may use $(BUILD), defined here); use
#                   $(RUNTIME_OBJS) for crt0 + UART console + exit
# and optionally:
#   LDSCRIPT        linker script (default: the runtime's bare.ld)
# Every program produces build/<name>.elf, build/<name>.sym (nm -n) and
# build/<name>.asm (objdump -d). All paths are relative to the including
# Makefile's directory so that outputs are reproducible.

LIBOS := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
RUNTIME := $(LIBOS)/runtime
BUILD := build

MAKEFLAGS += --no-builtin-rules
.SUFFIXES:
.DELETE_ON_ERROR:

CROSS ?= riscv64-unknown-elf-
CC := $(CROSS)gcc
NM := $(CROSS)nm
OBJDUMP := $(CROSS)objdump

ARCH_FLAGS := -march=rv32imac -misa-spec=2.2 -mabi=ilp32 --specs=picolibc.specs
CFLAGS := $(ARCH_FLAGS) -Wall -Wextra -Werror -ffreestanding -O2 \
	-ffunction-sections -fdata-sections -fno-common \
	-ffile-prefix-map=$(CURDIR)/= -I$(RUNTIME) -I$(LIBOS)/include
LDSCRIPT ?= $(RUNTIME)/bare.ld
LDFLAGS := $(ARCH_FLAGS) -nostartfiles -T $(LDSCRIPT) \
	-Wl,--gc-sections -Wl,--build-id=none -Wl,--strip-debug
LDLIBS := -lc -lgcc

RUNTIME_OBJS := $(BUILD)/runtime/crt0.o $(BUILD)/runtime/bare.o
HEADER_DEPS := $(RUNTIME)/bare.h $(wildcard $(LIBOS)/include/exovisor/*.h) $(wildcard $(LIBOS)/include/riscv/*.h) $(LIBOS)/rules.mk Makefile

OUTPUTS := $(foreach p,$(PROGRAMS),$(BUILD)/$(p).elf $(BUILD)/$(p).sym $(BUILD)/$(p).asm)

all: $(OUTPUTS)

$(BUILD)/runtime/%.o: $(RUNTIME)/%.c $(HEADER_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/runtime/%.o: $(RUNTIME)/%.S $(HEADER_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c $(HEADER_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.S $(HEADER_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# bare_program(name): link rule for build/<name>.elf from <name>_OBJS.
define bare_program
$(BUILD)/$(1).elf: $$($(1)_OBJS) $$(LDSCRIPT)
	$$(CC) $$(LDFLAGS) -o $$@ $$($(1)_OBJS) $$(LDLIBS)
endef
$(foreach p,$(PROGRAMS),$(eval $(call bare_program,$(p))))

$(BUILD)/%.sym: $(BUILD)/%.elf
	$(NM) -n $< > $@

$(BUILD)/%.asm: $(BUILD)/%.elf
	$(OBJDUMP) -d $< > $@

clean:
	rm -rf $(BUILD)

.PHONY: all clean
.SECONDARY:
