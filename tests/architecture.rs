//! What Cargo cannot say about the layers. The crates (`crates/model` < `crates/formats` < this web
//! app) are dependency facts Cargo enforces; inside each crate, no file may use a file that uses it
//! back (no import cycles), and inside the web app no layer may use one above it
//! (`locale` < `text` < `browser` < `app` < `components`). And the model's manifest keeps it pure:
//! std and serde only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The web app's layers, lowest first.
const LAYERS: [&str; 5] = ["locale", "text", "browser", "app", "components"];

/// Every crate's sources: the web app's and each of `crates/`.
fn crate_sources() -> Vec<PathBuf> {
    let root = std::path::PathBuf::from(manifest_dir());
    let mut out = vec![root.join("src")];
    for entry in std::fs::read_dir(root.join("crates")).unwrap() {
        out.push(entry.unwrap().path().join("src"));
    }
    assert!(out.len() >= 3, "the web app, the model and the formats");
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/model/fields.rs` → `model::fields`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().to_string())
        .filter(|p| p != "mod" && p != "lib" && p != "main")
        .collect();
    parts.join("::")
}

/// The code of a file without its comments and tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file names through `crate::a::b` or `super::x`.
fn uses(module: &str, is_mod_file: bool, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let parent: Vec<&str> = if module.is_empty() {
        vec![]
    } else {
        module.split("::").collect()
    };
    let base: Vec<&str> = if is_mod_file {
        parent.clone()
    } else {
        parent[..parent.len().saturating_sub(1)].to_vec()
    };
    for (prefix, root) in [("crate::", Vec::new()), ("super::", base)] {
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            let path: Vec<&str> = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty())
                .collect();
            let mut full: Vec<&str> = root.clone();
            full.extend(path);
            // The longest prefix that is a module file.
            while !full.is_empty() {
                let candidate = full.join("::");
                if known.contains(&candidate) {
                    if candidate != module {
                        out.insert(candidate);
                    }
                    break;
                }
                full.pop();
            }
        }
    }
    out
}

fn graph(src: &Path) -> BTreeMap<String, (BTreeSet<String>, String)> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: Vec<(String, PathBuf)> = files
        .iter()
        .map(|f| (module_of(src, f), f.clone()))
        .collect();
    let known: BTreeSet<String> = modules.iter().map(|(m, _)| m.clone()).collect();
    modules
        .into_iter()
        .filter(|(m, _)| !m.is_empty())
        .map(|(m, f)| {
            let text = code(&std::fs::read_to_string(&f).unwrap());
            let is_mod = f.file_name().is_some_and(|n| n == "mod.rs");
            let u = uses(&m, is_mod, &text, &known);
            (m, (u, text))
        })
        .collect()
}

#[test]
fn no_two_files_use_each_other_even_through_others() {
    for src in crate_sources() {
        no_cycles(&graph(&src));
    }
}

fn no_cycles(g: &BTreeMap<String, (BTreeSet<String>, String)>) {
    // A module file (mod.rs) may re-export its children; its children may not use it back.
    let edges = |m: &String| -> Vec<String> {
        g[m].0
            .iter()
            .filter(|d| !(d.starts_with(&format!("{m}::"))))
            .cloned()
            .collect()
    };
    let mut cycles = Vec::new();
    for start in g.keys() {
        let mut stack: Vec<Vec<String>> = vec![vec![start.clone()]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = path.last().unwrap().clone();
            for next in edges(&last) {
                if &next == start {
                    cycles.push(format!("{} -> {start}", path.join(" -> ")));
                } else if g.contains_key(&next) && seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next);
                    stack.push(p);
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn no_layer_uses_a_layer_above_it() {
    let g = graph(&Path::new(&manifest_dir()).join("src"));
    let rank = |m: &str| {
        LAYERS
            .iter()
            .position(|l| m == *l || m.starts_with(&format!("{l}::")))
    };
    let mut wrong = Vec::new();
    for (m, (deps, _)) in &g {
        let Some(own) = rank(m) else { continue };
        for d in deps {
            if rank(d).is_some_and(|r| r > own) {
                wrong.push(format!("{m} uses {d}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_model_depends_on_nothing_but_serde_and_the_seeded_generator() {
    let manifest =
        std::fs::read_to_string(Path::new(&manifest_dir()).join("crates/model/Cargo.toml"))
            .unwrap();
    let mut in_deps = false;
    let mut deps = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
        } else if in_deps {
            if let Some((name, _)) = line.split_once('=') {
                deps.push(name.trim().to_string());
            }
        }
    }
    // The generator is seeded (no operating-system randomness: `default-features = false`).
    assert_eq!(
        deps,
        vec!["serde", "rand_pcg", "rand_core"],
        "the model stays pure"
    );
    assert!(
        manifest
            .lines()
            .filter(|l| l.starts_with("rand_"))
            .all(|l| l.contains("default-features = false")),
        "the generator takes no randomness from the system"
    );
}

/// This crate's folder, as cargo gives it when it runs the test. Not `env!`: a build shared by
/// another checkout of the project (the build cache outside the clone) would read that checkout's
/// files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo")
}
