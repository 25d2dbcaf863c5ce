//! One Step Functions call with the official SDK (credentials, region and
//! endpoint from the environment, as a user would run it).

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_config::load_from_env().await;
    let client = aws_sdk_sfn::Client::new(&config);
    let output = client.list_state_machines().send().await?;
    for machine in output.state_machines() {
        println!("{}", machine.name());
    }
    Ok(())
}
