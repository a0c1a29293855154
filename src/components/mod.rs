//! Small presentational components taking data and `on<verb>` callbacks.

pub mod after_paint;
pub mod app;
pub mod calculator_page;
pub mod choice;
pub mod commands;
pub mod compare_page;
pub mod effects;
pub mod embed_page;
pub mod error_summary;
pub mod fold;
pub mod glossary;
pub mod group_card;
pub mod handlers;
pub mod header;
pub mod inputs_panel;
pub mod library_page;
pub mod markup;
pub mod mini_summary;
pub mod notice_bar;
pub mod number_field;
pub mod preset_picker;
pub mod results;
pub mod scenario_bar;
pub mod sensitivity;
pub mod simulation;
pub mod years;
