//! One Step Functions call with the generated client (credentials, region and
//! endpoint from the environment, as a user would run it).

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = states_client::Client::from_env();
    let output = client.list_state_machines().send().await?;
    for machine in &output.state_machines {
        println!("{}", machine.name);
    }
    Ok(())
}
