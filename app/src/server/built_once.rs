//! Statements whose text never changes, built by sea-query once for each database and
//! sent with fresh values after that.
//!
//! A vote's statements are the busiest there are, and building them was a sixth of the
//! server's CPU under vote load (sea-query walking, cloning and dropping the expression
//! trees, then writing the text): CPU that, on a machine it shares with the database,
//! the database does not get. Only the values change from one vote to the next.

use std::sync::OnceLock;

use sea_orm::{DbBackend, Statement, Value};

/// The text of one statement, kept per database after it is first built.
pub struct BuiltOnce {
    sqlite: OnceLock<String>,
    postgres: OnceLock<String>,
    mysql: OnceLock<String>,
}

impl BuiltOnce {
    pub const fn new() -> Self {
        Self {
            sqlite: OnceLock::new(),
            postgres: OnceLock::new(),
            mysql: OnceLock::new(),
        }
    }

    /// The statement `build` makes for `backend`, bound to `values`, which must be the
    /// values `build` binds, in its order. Only the first call for each database
    /// builds. In debug builds (every test) each call builds too and checks that text
    /// and values agree, so a value out of order fails every test that sends it.
    pub fn statement(
        &self,
        backend: DbBackend,
        values: Vec<Value>,
        build: impl FnOnce() -> Statement,
    ) -> Statement {
        let slot = match backend {
            DbBackend::Sqlite => &self.sqlite,
            DbBackend::Postgres => &self.postgres,
            _ => &self.mysql,
        };
        if cfg!(debug_assertions) {
            let built = build();
            let text = slot.get_or_init(|| built.sql.clone());
            assert_eq!(*text, built.sql, "a statement built once changed its text");
            assert_eq!(
                built.values.map(|v| v.0).unwrap_or_default(),
                values,
                "values given for a statement built once differ from what it binds: {text}"
            );
            return Statement::from_sql_and_values(backend, text.as_str(), values);
        }
        let text = slot.get_or_init(|| build().sql);
        Statement::from_sql_and_values(backend, text.as_str(), values)
    }
}

impl Default for BuiltOnce {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::sea_query::{Expr, ExprTrait, Query};

    fn select(a: i64, b: &str) -> Statement {
        let query = Query::select()
            .expr(Expr::val(a))
            .and_where(Expr::val(b).eq("x"))
            .to_owned();
        DbBackend::Postgres.build(&query)
    }

    #[test]
    fn the_text_is_kept_and_the_values_are_fresh() {
        static ONCE: BuiltOnce = BuiltOnce::new();
        let first = ONCE.statement(
            DbBackend::Postgres,
            vec![1i64.into(), "y".into(), "x".into()],
            || select(1, "y"),
        );
        let second = ONCE.statement(
            DbBackend::Postgres,
            vec![2i64.into(), "z".into(), "x".into()],
            || select(2, "z"),
        );
        assert_eq!(first.sql, second.sql);
        assert_eq!(
            second.values.unwrap().0,
            vec![Value::from(2i64), "z".into(), "x".into()]
        );
    }

    #[test]
    #[should_panic(expected = "differ from what it binds")]
    fn values_out_of_order_are_caught() {
        static ONCE: BuiltOnce = BuiltOnce::new();
        ONCE.statement(
            DbBackend::Postgres,
            vec!["y".into(), 1i64.into(), "x".into()],
            || select(1, "y"),
        );
    }
}
