/* pv/module.c - the record of the pv module: the PV front-end library
 * (libos/pv: event channels, grant table, configuration-store client,
 * block, network and console front-ends) as one module. */
#include "module.h"

EXO_MODULE("pv", "libc", "event_channel_op,grant_table_op,sched_op",
           "the PV front-end library (libos/pv): event channels, grants, store client, blkfront, netfront, pvcons");
