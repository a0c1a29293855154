//! Prints the validated outcome of a scenario file as JSON, so numbers can be checked outside the
//! browser.
//!
//! ```text
//! cargo run --example evaluate -- FILE.json     # outcome (or validation errors) as JSON
//! cargo run --example evaluate -- --preset joint # a preset as a scenario file
//! ```
//! Exit code: 0 valid, 1 invalid scenario, 2 unreadable file or bad arguments.

use partnerskabsberegneren::model::scenario_file::{decode, encode};
use partnerskabsberegneren::model::{evaluate_checked, Checked, PresetId};
use std::process::ExitCode;

fn preset_named(name: &str) -> Option<PresetId> {
    PresetId::ALL.into_iter().find(|id| {
        serde_json::to_value(id)
            .ok()
            .and_then(|v| v.as_str().map(|s| s == name))
            == Some(true)
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, name] if flag == "--preset" => {
            match preset_named(name) {
                Some(id) => {
                    println!("{}", encode(&id.scenario()));
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("unknown preset {name:?}: supplier, labour_shortage, joint, in_house, spin_off");
                    ExitCode::from(2)
                }
            }
        }
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
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&checked).unwrap_or_default()
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
