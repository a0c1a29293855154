//! Prints the validated outcome of a scenario file as JSON, so numbers can be checked outside the
//! browser: the one-year outcome (`one_year`) beside the projection over years (`years`: every
//! year's figures per party, the running and discounted sums, present values, the year each net
//! turns positive, persons by state and the counterfactual).
//!
//! ```text
//! cargo run --example evaluate -- FILE.json     # outcome (or validation errors) as JSON
//! cargo run --example evaluate -- --preset joint # a preset as a scenario file
//! ```
//! Exit code: 0 valid, 1 invalid scenario, 2 unreadable file or bad arguments.

use formats::scenario_file::{decode, encode};
use model::{evaluate_checked, project, Checked, PresetId};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, name] if flag == "--preset" => match PresetId::from_key(name) {
            Some(id) => {
                println!("{}", encode(&id.scenario()));
                ExitCode::SUCCESS
            }
            None => {
                let keys: Vec<&str> = PresetId::ALL.iter().map(|p| p.key()).collect();
                eprintln!("unknown preset {name:?}: {}", keys.join(", "));
                ExitCode::from(2)
            }
        },
        [path] => {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("cannot read {path}: {e}");
                    return ExitCode::from(2);
                }
            };
            match decode(&text) {
                Ok(scenario) => {
                    let checked = evaluate_checked(&scenario);
                    let valid = matches!(checked, Checked::Valid { .. });
                    let json = if valid {
                        serde_json::json!({ "one_year": checked, "years": project(&scenario) })
                    } else {
                        serde_json::json!({ "one_year": checked })
                    };
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&json).unwrap_or_default()
                    );
                    if valid {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(1)
                    }
                }
                Err(e) => {
                    let json = serde_json::json!({ "status": "file_error", "message": e.to_string(), "error": e });
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&json).unwrap_or_default()
                    );
                    ExitCode::from(2)
                }
            }
        }
        _ => {
            eprintln!("usage: evaluate FILE.json | evaluate --preset NAME");
            ExitCode::from(2)
        }
    }
}
