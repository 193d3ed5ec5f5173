/* dir.c - file names: the one flat root directory of EXFS (FS_ROOT_INO),
 * an array of FS_DIRENT_SIZE entries where inum 0 marks a free slot. Paths
 * are a single name, optionally after leading slashes. */
#include "defs.h"
#include "file.h"

/* Takes the name out of path into name[FS_NAME_MAX + 1]: 0, -ENOENT for an
 * empty name or one with a '/' inside, -ENAMETOOLONG. */
static int path_name(const char *path, char *name)
{
    while (*path == '/') {
        path++;
    }
    uint32_t n = 0;
    for (; path[n] != '\0'; n++) {
        if (path[n] == '/') {
            return ERR(EXO_ENOENT);
        }
        if (n == FS_NAME_MAX) {
            return ERR(EXO_ENAMETOOLONG);
        }
        name[n] = path[n];
    }
    name[n] = '\0';
    return n == 0 ? ERR(EXO_ENOENT) : 0;
}

/* Reads the directory entry at byte offset off of the root directory. */
static void dirent_at(struct inode *dir, uint32_t off, struct exfs_dirent *de)
{
    if (readi(dir, 0, (uint32_t)(uintptr_t)de, off, sizeof *de) != (int)sizeof *de) {
        panic("dirent_at: short directory read");
    }
}

/* Finds name in the root directory: its inode number (0 if absent) and entry offset. */
static uint32_t dir_lookup(struct inode *dir, const char *name, uint32_t *offp)
{
    struct exfs_dirent de;
    for (uint32_t off = 0; off + sizeof de <= dir->d.size; off += sizeof de) {
        dirent_at(dir, off, &de);
        if (inum_valid(de.inum) && strncmp(de.name, name, FS_NAME_MAX + 1) == 0) {
            *offp = off;
            return de.inum;
        }
    }
    return 0;
}

/* Adds the entry name -> inum in the first free slot or at the end. 0 or -ENOSPC. */
static int dir_add(struct inode *dir, const char *name, uint32_t inum)
{
    struct exfs_dirent de;
    uint32_t off = 0;
    for (; off + sizeof de <= dir->d.size; off += sizeof de) {
        dirent_at(dir, off, &de);
        if (de.inum == 0) {
            break;
        }
    }
    memset(&de, 0, sizeof de);
    de.inum = inum;
    strlcpy_k(de.name, name, sizeof de.name);
    int r = writei(dir, 0, (uint32_t)(uintptr_t)&de, off, sizeof de);
    return r == (int)sizeof de ? 0 : ERR(EXO_ENOSPC);
}

/* Creates an empty file called name: 0, -ENOSPC (no inode or block left) or
 * -EMFILE (too many files in use). */
static int create(struct inode *dir, const char *name, struct inode **ipp)
{
    struct inode *ip;
    int r = ialloc(FS_T_FILE, &ip);
    if (r < 0) {
        return r;
    }
    if (dir_add(dir, name, ip->inum) < 0) {
        ip->d.nlink = 0;
        iput(ip); /* frees it again */
        return ERR(EXO_ENOSPC);
    }
    *ipp = ip;
    return 0;
}

/* Opens path with EXO_O_* flags: creates it (EXO_O_CREAT), empties it (EXO_O_TRUNC
 * with write access). Without a disk there are no files (-ENOENT). */
int fs_open(const char *path, uint32_t flags, struct inode **ipp)
{
    char name[FS_NAME_MAX + 1];
    uint32_t off;
    int r = path_name(path, name);
    if (r < 0 || !fs_mounted()) {
        return r < 0 ? r : ERR(EXO_ENOENT);
    }
    struct inode *dir = fs_root();
    uint32_t inum = dir_lookup(dir, name, &off);
    if (inum == 0 && (flags & EXO_O_CREAT)) {
        r = create(dir, name, ipp);
    } else if (inum == 0) {
        r = ERR(EXO_ENOENT);
    } else {
        *ipp = iget(inum);
        r = *ipp == 0 ? ERR(EXO_EMFILE) : 0;
    }
    if (r < 0) {
        return r;
    }
    if ((*ipp)->d.type != FS_T_FILE) {
        iput(*ipp);
        return ERR(EXO_EISDIR);
    }
    if ((flags & EXO_O_TRUNC) && (flags & (EXO_O_WRONLY | EXO_O_RDWR))) {
        itrunc(*ipp);
    }
    return 0;
}

/* Opens an existing file for reading (spawn): 0, -ENOENT, -EISDIR, -ENAMETOOLONG. */
int fs_lookup(const char *path, struct inode **ipp)
{
    return fs_open(path, EXO_O_RDONLY, ipp);
}

/* Removes the name path; the file's blocks are freed once no one has it open. */
int fs_unlink(const char *path)
{
    char name[FS_NAME_MAX + 1];
    uint32_t off;
    int r = path_name(path, name);
    if (r < 0 || !fs_mounted()) {
        return r < 0 ? r : ERR(EXO_ENOENT);
    }
    struct inode *dir = fs_root();
    uint32_t inum = dir_lookup(dir, name, &off);
    struct inode *ip = inum != 0 ? iget(inum) : 0;
    if (ip == 0 || ip->d.type != FS_T_FILE) {
        r = inum == 0 ? ERR(EXO_ENOENT) : ip == 0 ? ERR(EXO_EMFILE) : ERR(EXO_EISDIR);
    } else {
        struct exfs_dirent empty;
        memset(&empty, 0, sizeof empty);
        writei(dir, 0, (uint32_t)(uintptr_t)&empty, off, sizeof empty);
        ip->d.nlink--;
        iupdate(ip);
    }
    if (ip != 0) {
        iput(ip);
    }
    return r;
}

/* Name and size of the index-th regular file in the root directory, in
 * directory order; -ENOENT past the last one (always, without a disk). */
int fs_readdir(uint32_t index, char *name, uint32_t *size)
{
    struct exfs_dirent de;
    if (!fs_mounted()) {
        return ERR(EXO_ENOENT);
    }
    struct inode *dir = fs_root();
    for (uint32_t off = 0; off + sizeof de <= dir->d.size; off += sizeof de) {
        uint16_t type;
        dirent_at(dir, off, &de);
        if (!inum_valid(de.inum)) {
            continue;
        }
        istat(de.inum, &type, size);
        if (type == FS_T_FILE && index-- == 0) {
            memcpy(name, de.name, FS_NAME_MAX);
            name[FS_NAME_MAX] = '\0';
            return 0;
        }
    }
    return ERR(EXO_ENOENT);
}
