#!/usr/bin/env python3
"""Bootstrap IAM credentials on a freshly started moto server.

Used by ``tests/support/moto.rs``. The server is started with
``INITIAL_NO_AUTH_ACTION_COUNT=3``: moto lets exactly three requests through
without checking their signature, and verifies SigV4 (and IAM permissions) on
every request after that. This script spends exactly those three requests:

1. ``iam:CreateUser``
2. ``iam:PutUserPolicy`` (an inline allow-all policy)
3. ``iam:CreateAccessKey``

and prints the new key as one JSON line on stdout::

    {"AccessKeyId": "AKIA...", "SecretAccessKey": "...", "UserName": "..."}

Retries are disabled so that a transient failure cannot silently burn one of
the unauthenticated requests: if anything fails, the server must be restarted.

Usage: bootstrap.py --endpoint http://127.0.0.1:PORT [--region us-east-1]
                    [--user-name NAME]
"""

import argparse
import json
import os
import sys

ALLOW_ALL_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", required=True, help="moto server URL")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--user-name", default="moto-test-user")
    args = parser.parse_args()

    # Never look at the developer's real AWS configuration, whatever the caller
    # passed in the environment.
    os.environ["AWS_CONFIG_FILE"] = os.devnull + ".moto-no-config"
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull + ".moto-no-credentials"
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    for var in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        os.environ.pop(var, None)

    import boto3
    from botocore.config import Config

    iam = boto3.session.Session().client(
        "iam",
        endpoint_url=args.endpoint,
        region_name=args.region,
        # Any value works for the three unauthenticated calls.
        aws_access_key_id="bootstrap",
        aws_secret_access_key="bootstrap",
        config=Config(
            retries={"total_max_attempts": 1, "mode": "standard"},
            connect_timeout=10,
            read_timeout=30,
        ),
    )

    iam.create_user(UserName=args.user_name)  # unauthenticated call 1/3
    iam.put_user_policy(  # unauthenticated call 2/3
        UserName=args.user_name,
        PolicyName="allow-all",
        PolicyDocument=json.dumps(ALLOW_ALL_POLICY),
    )
    key = iam.create_access_key(UserName=args.user_name)["AccessKey"]  # 3/3

    json.dump(
        {
            "AccessKeyId": key["AccessKeyId"],
            "SecretAccessKey": key["SecretAccessKey"],
            "UserName": args.user_name,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
