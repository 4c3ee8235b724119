/*
** signals.h -- Ctrl-C, TERM and HUP: noted, so that the running work stops cleanly.
*/
#ifndef LOVGRAF_SIGNALS_H
#define LOVGRAF_SIGNALS_H

void signals_catch(void);     /* from now on SIGINT, SIGTERM, SIGHUP are noted */
void signals_default(void);   /* they end the process again */
int signals_caught(void);     /* the signal noted since signals_catch/clear, or 0 */
void signals_clear(void);
/* signals_caught() != 0, as a cancel callback (SQLite's progress handler, index). */
int signals_cancelled(void *ctx);

#endif
