//! policy-atlas command line: no subcommand opens the app; `extract` writes the node-link JSON; `export`
//! writes a part of the graph in one of the export formats.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "policy-atlas",
    version,
    about = "政策图谱 — knowledge-graph explorer for regional-policy documents"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Documents or folders to open in the app (none: the embedded seed documents).
    paths: Vec<PathBuf>,
    /// Start with this node selected (label, alias or pinyin, as in the search box).
    #[arg(long, value_name = "NAME")]
    select: Option<String>,
    /// With --select: open the reader at its first passage.
    #[arg(long)]
    reader: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the knowledge graph and write node-link JSON (a summary goes to stderr).
    Extract {
        /// Files or folders (none: the embedded seed documents).
        paths: Vec<PathBuf>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Read the documents of this workspace (.patlas) too.
        #[arg(long, value_name = "FILE")]
        workspace: Option<PathBuf>,
    },
    /// Open a workspace (.patlas) in the app.
    Open {
        /// The workspace file.
        workspace: PathBuf,
    },
    /// Export the graph, or a part of it, as json, graphml, gexf, csv (a folder), cypher, dot, xlsx, svg or png.
    Export {
        #[command(flatten)]
        args: policy_atlas::cli::ExportArgs,
        /// Files or folders (none: the embedded seed documents).
        paths: Vec<PathBuf>,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract {
            paths,
            output,
            workspace,
        }) => {
            let code =
                policy_atlas::cli::run_extract(&paths, workspace.as_deref(), output.as_deref())?;
            std::process::exit(code);
        }
        Some(Command::Export { args, paths }) => {
            let code = policy_atlas::cli::run_export(&paths, &args)?;
            std::process::exit(code);
        }
        #[cfg(feature = "gui")]
        Some(Command::Open { workspace }) => {
            // Refuse a bad file here, before a window opens.
            policy_atlas::workspace::read(&workspace)?;
            policy_atlas::app::run(
                Vec::new(),
                policy_atlas::app::StartView {
                    select: cli.select,
                    reader: cli.reader,
                    workspace: Some(workspace),
                },
            )
        }
        #[cfg(feature = "gui")]
        None => policy_atlas::app::run(
            cli.paths,
            policy_atlas::app::StartView {
                select: cli.select,
                reader: cli.reader,
                workspace: None,
            },
        ),
        #[cfg(not(feature = "gui"))]
        Some(Command::Open { .. }) | None => {
            let _ = (cli.paths, cli.select, cli.reader);
            anyhow::bail!(
                "this build has no window (built without the `gui` feature); use `policy-atlas extract`"
            )
        }
    }
}
