#ifndef JOBGEN_CMPI_SHIM_H
#define JOBGEN_CMPI_SHIM_H
#include <mpi.h>
#endif
