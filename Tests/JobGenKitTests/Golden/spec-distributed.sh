#!/bin/bash

#SBATCH --account=rrg-someprof    # adjust this to match the accounting group you are using to submit jobs
#SBATCH --time=2-00:00:00         # adjust this to match the walltime of your job
#SBATCH --ntasks=64               # adjust this to match the number of tasks/processes to run
#SBATCH --cpus-per-task=2
#SBATCH --mem-per-cpu=3500M       # adjust this according to the memory you need per process
#SBATCH --job-name=bcast-64
#SBATCH --output=logs/%x-%j.out
#SBATCH --error=logs/%x-%j.err
#SBATCH --partition=compute
#SBATCH --qos=normal
#SBATCH --constraint=[skylake|cascade]
#SBATCH --array=0-9%2
#SBATCH --dependency=afterok:1234:1235
#SBATCH --mail-type=END,FAIL
#SBATCH --mail-user=someone@example.org
#SBATCH --exclusive=user
#SBATCH --reservation=maint
#SBATCH --requeue

# Run on cores across the system : https://docs.alliancecan.ca/wiki/Advanced_MPI_scheduling#Few_cores,_any_number_of_nodes

# Load modules dependencies.
module load StdEnv/2023 gcc openmpi python/3.12

# create the virtual environment on each allocated node: 
srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF
virtualenv --no-download $SLURM_TMPDIR/env
source $SLURM_TMPDIR/env/bin/activate

pip install --no-index --upgrade pip
pip install --no-index 'numpy>=2' scipy
pip install --no-index -r requirements.txt
EOF

# activate only on main node
source $SLURM_TMPDIR/env/bin/activate;

# srun exports the current env, which contains $VIRTUAL_ENV and $PATH variables
srun python -m mpi4py.bench helloworld;
