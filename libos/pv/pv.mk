# libos/pv/pv.mk - the paravirtual front-end library, for the Makefile of
# any guest that runs in Exovisor's PV mode (the pv-ops kernel, a unikernel).
# Include it, compile $(LIBPV_SRCS) from $(LIBPV_DIR) with -I$(LIBPV_DIR)
# (and the usual -I libos/include), and link the objects in. The code needs
# memcpy/memset/memcmp/strlen from the guest and nothing else of it.
#   LIBPV_DIR    this directory
#   LIBPV_SRCS   its C sources (names relative to LIBPV_DIR)
#   LIBPV_HDRS   its headers (for dependencies)

LIBPV_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
LIBPV_SRCS := blkfront.c evtchn.c gnttab.c netfront.c pvcons.c xenstore.c
LIBPV_HDRS := $(wildcard $(LIBPV_DIR)/*.h)
