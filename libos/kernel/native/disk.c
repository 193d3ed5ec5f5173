/* native/disk.c - the PIO disk controller (exovisor,pio-disk; registers in
 * exovisor/virt.h): commands on LBA/COUNT, data through the 32-bit DATA
 * port, completion by polling the status register. Interrupts stay off. */
#include "defs.h"
#include "exovisor/virt.h"
#include "native.h"

#define SECTOR_WORDS (DISK_SECTOR_SIZE / 4)

static uint32_t disk_base;
static uint32_t capacity; /* sectors */

/* A 32-bit controller register. */
static volatile uint32_t *disk_reg(uint32_t off)
{
    return (volatile uint32_t *)(uintptr_t)(disk_base + off);
}

/* Polls until the controller is not busy and, unless want is 0, has the
 * status bits in want; panics when a command failed (a broken disk). */
static void disk_wait(uint32_t want, const char *what)
{
    uint32_t status;
    do {
        status = *disk_reg(DISK_CMD_STATUS);
        if (status & DISK_STATUS_ERR) {
            panic("disk_wait: %s failed, error %u", what, *disk_reg(DISK_ERROR));
        }
    } while ((status & DISK_STATUS_BSY) != 0 || (status & want) != want);
}

/* Records the controller's address and size; its interrupt is not used. */
void disk_init(uint32_t base)
{
    disk_base = base;
    *disk_reg(DISK_IRQ_ENABLE) = 0;
    capacity = *disk_reg(DISK_CAPACITY);
}

/* Number of sectors on the disk. */
uint32_t disk_capacity(void)
{
    return capacity;
}

/* Issues cmd on count sectors from lba once the controller is ready. */
static void disk_command(uint32_t cmd, uint32_t lba, uint32_t count)
{
    if (count == 0 || count > DISK_MAX_COUNT || lba > capacity || count > capacity - lba) {
        panic("disk_command: sectors %u+%u out of range", lba, count);
    }
    disk_wait(DISK_STATUS_RDY, "ready");
    *disk_reg(DISK_COUNT) = count;
    *disk_reg(DISK_LBA) = lba;
    *disk_reg(DISK_CMD_STATUS) = cmd;
}

/* Reads count sectors from lba into dst (word aligned). */
void disk_read(uint32_t lba, uint32_t count, void *dst)
{
    uint32_t *w = dst;
    disk_command(DISK_CMD_READ, lba, count);
    for (uint32_t s = 0; s < count; s++) {
        disk_wait(DISK_STATUS_DRQ, "read");
        for (uint32_t i = 0; i < SECTOR_WORDS; i++) {
            *w++ = *disk_reg(DISK_DATA);
        }
    }
    disk_wait(0, "read");
}

/* Writes count sectors from src (word aligned) at lba. */
void disk_write(uint32_t lba, uint32_t count, const void *src)
{
    const uint32_t *w = src;
    disk_command(DISK_CMD_WRITE, lba, count);
    for (uint32_t s = 0; s < count; s++) {
        disk_wait(DISK_STATUS_DRQ, "write");
        for (uint32_t i = 0; i < SECTOR_WORDS; i++) {
            *disk_reg(DISK_DATA) = *w++;
        }
    }
    disk_wait(0, "write");
}

/* Makes every written sector durable (DISK_CMD_FLUSH). */
void disk_flush(void)
{
    disk_wait(DISK_STATUS_RDY, "ready");
    *disk_reg(DISK_CMD_STATUS) = DISK_CMD_FLUSH;
    disk_wait(0, "flush");
}
