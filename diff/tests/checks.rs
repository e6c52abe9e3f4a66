//! The check registry as a table, `CHECKS.md` (rewrite with
//! `EXPECTORATE=overwrite cargo test -p taller-diff --test checks`): the documentation of every
//! id and level is the registry itself, so it cannot drift.

use taller_diff::checks;

#[test]
fn checks_md_lists_every_check() {
    let mut out = String::from(
        "# Checks\n\nEvery finding id `codegen breaking` and `codegen changelog` report, with its level.\n\
         *breaking*: listed by `codegen breaking` (every error and warning, and removals that were\n\
         deprecated first); the rest only by `codegen changelog`. *ours*: oasdiff has no check with\n\
         this id and meaning (or, for bounds, the id follows its naming without being verified).\n\
         Written by `EXPECTORATE=overwrite cargo test -p taller-diff --test checks`.\n\n\
         | id | level | breaking | ours | meaning |\n|---|---|---|---|---|\n",
    );
    for c in checks() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            c.id,
            c.level.as_str(),
            if c.breaking { "yes" } else { "" },
            if c.ours { "yes" } else { "" },
            c.meaning.replace('|', "\\|")
        ));
    }
    expectorate::assert_contents("CHECKS.md", &out);
}
