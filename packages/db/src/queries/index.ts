// Plain query functions `(db, params) => result`, one file per aggregate.
export {};
