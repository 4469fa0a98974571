#!/bin/bash

#SBATCH --time=08:00:00           # adjust this to match the walltime of your job
#SBATCH --ntasks=2                # adjust this to match the number of tasks/processes to run
#SBATCH --mem-per-cpu=2G          # adjust this according to the memory you need per process
#SBATCH --gpus=1

# jobgen's Swift MPI example: rank 0 broadcasts an array, every rank checks it
srun jobgen-mpi bcast --device auto;
