#!/bin/bash

#SBATCH --account=def-someprof    # adjust this to match the accounting group you are using to submit jobs
#SBATCH --time=30                 # adjust this to match the walltime of your job
#SBATCH --nodes=1                 # adjust this to match the number of whole node
#SBATCH --ntasks=4                # adjust this to match the number of tasks/processes to run
#SBATCH --mem-per-gpu=40G
#SBATCH --gpus-per-node=h100:4

# Load modules dependencies.
module load StdEnv/2023 cuda/12

# jobgen's Swift MPI example: rank 0 broadcasts an array, every rank checks it
srun jobgen-mpi bcast --device auto;
