/* native/fdt.c - a small, bounds-checked reader of the flattened device tree
 * (Devicetree Specification v0.4, chapter 5). It runs once at boot, before
 * the page allocator may reuse the memory the tree sits in, and copies out
 * all the kernel needs: the first /memory node's reg, /chosen/bootargs and
 * the register window of the node compatible with DISK_COMPATIBLE. */
#include "defs.h"
#include "exovisor/virt.h"
#include "native.h"

#define FDT_MAGIC      0xd00dfeedu
#define FDT_BEGIN_NODE 1u
#define FDT_END_NODE   2u
#define FDT_PROP       3u
#define FDT_NOP        4u
#define FDT_END        9u
#define FDT_MAX_DEPTH  16
#define FDT_MAX_SIZE   0x01000000u /* a larger tree is taken as corrupt */

/* The blob's blocks, validated against its totalsize. */
struct fdt {
    const uint8_t *base;
    uint32_t struct_off, struct_end;
    uint32_t strings_off, strings_size;
};

/* What the walk has seen of one open node. */
struct fdt_node {
    const char *name;
    uint32_t addr_cells, size_cells;  /* for this node's children */
    const uint8_t *reg;               /* this node's reg property, if any */
    uint32_t reg_len;
    int is_disk, is_net, is_genid, is_memory;
};

/* Big-endian 32-bit load (all FDT integers are big-endian). */
static uint32_t be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/* Checks the header and block offsets; panics on a malformed tree. */
static void fdt_open(struct fdt *t, const uint8_t *base)
{
    if (base == 0 || ((uintptr_t)base & 3u) != 0 || be32(base) != FDT_MAGIC) {
        panic("fdt_parse: no device tree at %p", base);
    }
    uint32_t total = be32(base + 4);
    uint32_t off_struct = be32(base + 8), off_strings = be32(base + 12);
    uint32_t size_strings = be32(base + 32), size_struct = be32(base + 36);
    if (total > FDT_MAX_SIZE || off_struct > total || size_struct > total - off_struct ||
        off_strings > total || size_strings > total - off_strings || (off_struct & 3u) != 0) {
        panic("fdt_parse: corrupt header");
    }
    t->base = base;
    t->struct_off = off_struct;
    t->struct_end = off_struct + size_struct;
    t->strings_off = off_strings;
    t->strings_size = size_strings;
}

/* Length of the NUL-terminated string at off, which must end before limit. */
static uint32_t fdt_strlen(const struct fdt *t, uint32_t off, uint32_t limit)
{
    for (uint32_t i = off; i < limit; i++) {
        if (t->base[i] == '\0') {
            return i - off;
        }
    }
    panic("fdt_parse: unterminated string");
}

/* True when the string list val[0..len) contains s (compatible, device_type). */
static int strlist_has(const uint8_t *val, uint32_t len, const char *s)
{
    uint32_t n = (uint32_t)strlen(s);
    for (uint32_t i = 0; i < len;) {
        uint32_t j = i;
        while (j < len && val[j] != '\0') {
            j++;
        }
        if (j - i == n && memcmp(val + i, s, n) == 0) {
            return 1;
        }
        i = j + 1;
    }
    return 0;
}

/* Decodes cells 32-bit cells (1 or 2) at p as a 64-bit number. */
static uint64_t read_cells(const uint8_t *p, uint32_t cells)
{
    uint64_t v = 0;
    for (uint32_t i = 0; i < cells; i++) {
        v = (v << 32) | be32(p + 4 * i);
    }
    return v;
}

/* Decodes the first (address, size) pair of a node's reg; 0 if it has none. */
static int node_reg(const struct fdt_node *node, const struct fdt_node *parent, uint64_t *addr,
                    uint64_t *size)
{
    uint32_t ac = parent->addr_cells, sc = parent->size_cells;
    if (node->reg == 0 || ac < 1 || ac > 2 || sc > 2 || node->reg_len < 4 * (ac + sc)) {
        return 0;
    }
    *addr = read_cells(node->reg, ac);
    *size = read_cells(node->reg + 4 * ac, sc);
    return 1;
}

/* Records one property of node (the innermost open node). */
static void fdt_prop(struct fdt_node *node, int depth, const char *name, const uint8_t *val,
                     uint32_t len, struct boot_info *bi)
{
    if (strcmp(name, "#address-cells") == 0 && len == 4) {
        node->addr_cells = be32(val);
    } else if (strcmp(name, "#size-cells") == 0 && len == 4) {
        node->size_cells = be32(val);
    } else if (strcmp(name, "reg") == 0) {
        node->reg = val;
        node->reg_len = len;
    } else if (strcmp(name, "compatible") == 0) {
        node->is_disk |= strlist_has(val, len, DISK_COMPATIBLE);
        node->is_net |= strlist_has(val, len, NET_COMPATIBLE);
        node->is_genid |= strlist_has(val, len, GENID_COMPATIBLE);
    } else if (strcmp(name, "device_type") == 0) {
        node->is_memory |= depth == 2 && strlist_has(val, len, "memory");
    } else if (strcmp(name, "bootargs") == 0 && depth == 2 && strcmp(node->name, "chosen") == 0) {
        uint32_t n = 0;
        while (n < len && n < BOOTARGS_MAX && val[n] != '\0') {
            n++;
        }
        memcpy(bi->bootargs, val, n);
        bi->bootargs[n] = '\0';
    }
}

/* Reads the property whose header starts at off (after the FDT_PROP token)
 * into node; returns the offset of the next token. */
static uint32_t fdt_read_prop(const struct fdt *t, uint32_t off, struct fdt_node *node, int depth,
                              struct boot_info *bi)
{
    if (off + 8 > t->struct_end) {
        panic("fdt_parse: truncated property");
    }
    uint32_t len = be32(t->base + off), nameoff = be32(t->base + off + 4);
    off += 8;
    if (len > t->struct_end - off || nameoff >= t->strings_size) {
        panic("fdt_parse: property out of bounds");
    }
    uint32_t name = t->strings_off + nameoff;
    fdt_strlen(t, name, t->strings_off + t->strings_size);
    fdt_prop(node, depth, (const char *)t->base + name, t->base + off, len, bi);
    return (off + len + 3) & ~3u;
}

/* Takes what the kernel needs from a node whose properties are all known. */
static void fdt_node_done(const struct fdt_node *node, const struct fdt_node *parent,
                          struct boot_info *bi)
{
    uint64_t addr, size;
    if (node->is_memory && bi->ram_end == 0 && node_reg(node, parent, &addr, &size)) {
        uint64_t end = addr + size;
        if (addr >= 0xfffff000u || size == 0) {
            panic("fdt_parse: unusable /memory reg");
        }
        bi->ram_base = (uint32_t)addr;
        bi->ram_end = end > 0xfffff000u ? 0xfffff000u : (uint32_t)end;
    }
    if (node->is_disk && !bi->has_disk && node_reg(node, parent, &addr, &size) &&
        addr < 0xfffff000u && size >= DISK_WINDOW) {
        bi->has_disk = 1;
        bi->disk_base = (uint32_t)addr;
    }
    if (node->is_net && !bi->has_net && node_reg(node, parent, &addr, &size) &&
        addr < 0xfffff000u && size >= NET_WINDOW) {
        bi->has_net = 1;
        bi->net_base = (uint32_t)addr;
    }
    if (node->is_genid && bi->genid_base == 0 && node_reg(node, parent, &addr, &size) &&
        addr != 0 && addr < 0xfffff000u && size >= GENID_WINDOW) {
        bi->genid_base = (uint32_t)addr;
    }
}

/* Opens a node at depth: defaults of spec 2.3.5 (#address-cells 2, #size-cells 1). */
static void fdt_begin(struct fdt_node *node, const struct fdt *t, uint32_t off, uint32_t depth)
{
    memset(node, 0, sizeof *node);
    node->name = (const char *)t->base + off;
    node->addr_cells = 2;
    node->size_cells = 1;
    node->is_memory = depth == 2 && (strcmp(node->name, "memory") == 0 ||
                                     strncmp(node->name, "memory@", 7) == 0);
}

/* Walks the structure block, filling bi. */
static void fdt_walk(const struct fdt *t, struct boot_info *bi)
{
    struct fdt_node nodes[FDT_MAX_DEPTH + 1];
    int depth = 0;
    memset(&nodes[0], 0, sizeof nodes[0]);
    nodes[0].addr_cells = 2;
    nodes[0].size_cells = 1;
    for (uint32_t off = t->struct_off; off + 4 <= t->struct_end;) {
        uint32_t token = be32(t->base + off);
        off += 4;
        if (token == FDT_BEGIN_NODE) {
            if (++depth > FDT_MAX_DEPTH) {
                panic("fdt_parse: nodes nested too deeply");
            }
            uint32_t len = fdt_strlen(t, off, t->struct_end);
            fdt_begin(&nodes[depth], t, off, (uint32_t)depth);
            off += (len + 4) & ~3u;
        } else if (token == FDT_PROP && depth > 0) {
            off = fdt_read_prop(t, off, &nodes[depth], depth, bi);
        } else if (token == FDT_END_NODE && depth > 0) {
            fdt_node_done(&nodes[depth], &nodes[depth - 1], bi);
            depth--;
        } else if (token == FDT_END) {
            return;
        } else if (token != FDT_NOP) {
            panic("fdt_parse: bad token %u", token);
        }
    }
    panic("fdt_parse: missing FDT_END");
}

/* Reads the memory size, bootargs and the disk's address from the tree at fdt. */
void fdt_parse(const void *fdt, struct boot_info *bi)
{
    struct fdt t;
    memset(bi, 0, sizeof *bi);
    fdt_open(&t, fdt);
    fdt_walk(&t, bi);
    if (bi->ram_end == 0) {
        panic("fdt_parse: no /memory node");
    }
}
