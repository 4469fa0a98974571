import MPI
