//! Runtime shared by generated clients.
