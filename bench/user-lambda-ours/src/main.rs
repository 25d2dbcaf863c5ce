//! One Lambda call with the generated client (credentials, region and
//! endpoint from the environment, as a user would run it): GetFunction for the
//! name in argv[1] (default `bench-function`), printing its name and runtime.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "bench-function".into());
    let client = lambda_client::Client::from_env();
    let output = client.get_function().function_name(name).send().await?;
    if let Some(function) = &output.configuration {
        println!(
            "{} {}",
            function.function_name.as_deref().unwrap_or(""),
            function.runtime.as_ref().map_or("", |r| r.as_str())
        );
    }
    Ok(())
}
