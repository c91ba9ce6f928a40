/* Host stand-in for roms/src/lib/sdcard.c: files in ./sdcard (not part of the ROM). */
#include <stdio.h>
#include <string.h>
#include <dirent.h>
#include "sdcard.h"

static FILE *f;
static DIR *d;
static char listing[4096];
static int lpos, llen;

static FILE *open_in(const char *name, const char *mode)
{
    char path[300];
    snprintf(path, sizeof path, "sdcard/%s", name);
    return fopen(path, mode);
}

int sd_present(void) { return 1; }
int sd_open(const char *name, unsigned char mode)
{
    sd_close();
    f = open_in(name, mode == SD_READ ? "rb" : mode == SD_APPEND ? "ab" : mode == SD_CREATE ? "wb" : "r+b");
    return f ? 0 : -1;
}
int sd_getc(void)
{
    int c;
    if (d || llen) {
        if (lpos < llen)
            return (unsigned char)listing[lpos++];
        llen = 0;
        return -1;
    }
    if (!f)
        return -1;
    c = fgetc(f);
    if (c == EOF) {
        sd_close();
        return -1;
    }
    return c;
}
int sd_putc(unsigned char c) { return f && fputc(c, f) != EOF ? 0 : -1; }
void sd_close(void)
{
    if (f)
        fclose(f);
    f = 0;
    if (d)
        closedir(d);
    d = 0;
}
int sd_dir(void)
{
    struct dirent *e;
    sd_close();
    d = opendir("sdcard");
    if (!d)
        return -1;
    llen = lpos = 0;
    while ((e = readdir(d)) != 0)
        if (e->d_name[0] != '.')
            llen += snprintf(listing + llen, sizeof listing - llen, "%s\r\n", e->d_name);
    closedir(d);
    d = 0;
    return 0;
}
int sd_delete(const char *name)
{
    char path[300];
    snprintf(path, sizeof path, "sdcard/%s", name);
    return remove(path) ? -1 : 0;
}
