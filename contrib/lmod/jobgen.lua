-- A sample Lmod modulefile for a site install of jobgen made with
--   scripts/install --prefix /opt/jobgen/0.1.0
-- Copy it to <your modulefiles>/jobgen/0.1.0.lua and set the two paths below.

local root = "/opt/jobgen/0.1.0"              -- the --prefix given to scripts/install
local profiles = "/opt/jobgen/clusters"       -- the site's cluster profiles (NAME.yaml each)

help([[
jobgen generates and checks Slurm batch scripts: jobgen distributed|whole-node|gpu,
jobgen validate job.sh, jobgen explain job.sh, jobgen submit. jobgen-mpi is its MPI example
payload. 'jobgen cluster list' shows the cluster profiles, this site's among them; 'man jobgen'.
]])
whatis("Name: jobgen")
whatis("Description: Slurm batch-script generator and validator")

prepend_path("PATH", pathJoin(root, "bin"))
-- An unset MANPATH means man's own search path; an empty entry keeps that search after ours.
local system_manpath = os.getenv("MANPATH") == nil
prepend_path("MANPATH", pathJoin(root, "share/man"))
if system_manpath then append_path("MANPATH", "") end
-- bash-completion and fish look for completions under each XDG_DATA_DIRS entry.
prepend_path("XDG_DATA_DIRS", pathJoin(root, "share"))
-- 'jobgen --cluster NAME' finds NAME.yaml here, after the user's own ~/.config/jobgen/clusters.
prepend_path("JOBGEN_CLUSTER_PATH", profiles)
