/*
** pdf.h -- reading a document's file: a text file as it is, a PDF through
** Poppler's pdftotext (Debian poppler-utils), run as a child process, and its
** -layout text repaired into the lines the letter parser reads.
**
** Why a child process and not libpoppler-glib: pdftotext's -layout output is
** what the seed texts were made from, a hostile PDF that hangs or crashes
** Poppler takes only the child down (it is killed at a time bound, its output
** cut at a size bound), and lovgraf builds and runs without Poppler (a PDF is
** then refused with the package to install).
**
** Ownership: the text returned and *why are malloc()ed; the caller frees them.
*/
#ifndef LOVGRAF_PDF_H
#define LOVGRAF_PDF_H

#include <stddef.h>

#define PDF_TIMEOUT 60          /* seconds pdftotext may take over one PDF */
#define PDF_MAX_TEXT (64u << 20) /* bytes of text a PDF may give (a letter has kilobytes) */

/* What bounds a PDF's reading; every member may be 0 (timeout 0: PDF_TIMEOUT). */
typedef struct PdfBounds {
	double timeout;                /* seconds */
	int (*cancelled)(void *ctx);   /* nonzero: stop pdftotext now */
	void *ctx;
} PdfBounds;

/* Whether the file at path is to be read as a PDF: its name ends in ".pdf" (any
** case), or "%PDF-" stands in its first 1024 bytes (where readers look for it). */
int pdf_file_is_pdf(const char *path);

/* Reads the document at path: a PDF's repaired text (pdf_text_read, then
** pdf_layout_repair) when pdf_file_is_pdf, else the text file
** (text_file_read). Returns LG_OK with the NUL-terminated text, *n and *is_pdf;
** LG_USAGE with *why when the file is no document (not a PDF though named
** .pdf, encrypted, damaged, scanned without a text layer, not text); LG_ERROR
** with *why when the work failed (pdftotext is not installed, cannot be run,
** took longer than the bound). *why is without the path. */
int docfile_read(const char *path, const PdfBounds *bounds, char **text /* OUT */,
                 size_t *n /* OUT */, int *is_pdf /* OUT */, char **why /* OUT */);

/* Runs pdftotext -layout -enc UTF-8 over the PDF at path and returns its raw
** output (pages ended by form feeds), with the status as docfile_read. */
int pdf_text_read(const char *path, const PdfBounds *bounds, char **text /* OUT */,
                  size_t *n /* OUT */, char **why /* OUT */);

/* The text pdftotext -layout gave (s[0..n)), as the letter parser reads a
** letter's text: pages joined (form feeds out), running headers and footers
** and page numbers dropped, the columns of a line (a letterhead beside the
** address) as lines of their own, indentation as one leading space, ligatures
** (U+FB00-FB06) as their letters, a no-break space as a space and a soft hyphen
** at a line end as "-". Returns the new NUL-terminated text and *out_n. */
char *pdf_layout_repair(const char *s, size_t n, size_t *out_n /* OUT */);

#endif
