package vigil.aws.ec2.ec2_vpcpeering_routes_least_access_test

import data.vigil.aws.ec2.ec2_vpcpeering_routes_least_access

pcx(tables) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ec2",
	"type": "aws.ec2.vpc_peering_connection", "id": "pcx-1",
	"uid": "arn:aws:ec2:us-east-1:111122223333:vpc-peering-connection/pcx-1", "name": "pcx-1", "tags": {},
	"attributes": {
		"VpcPeeringConnectionId": "pcx-1",
		"RequesterVpcInfo": {"VpcId": "vpc-a", "OwnerId": "111122223333", "CidrBlock": "10.1.0.0/16", "CidrBlockSet": [{"CidrBlock": "10.1.0.0/16"}]},
		"AccepterVpcInfo": {"VpcId": "vpc-b", "OwnerId": "210987654321", "CidrBlock": "10.200.0.0/16", "CidrBlockSet": [{"CidrBlock": "10.200.0.0/16"}, {"CidrBlock": "100.64.0.0/16"}], "Ipv6CidrBlockSet": [{"Ipv6CidrBlock": "2600:1f18:abcd::/56"}]},
		"RouteTables": tables,
	},
}

table(vpc, routes) := {"RouteTableId": "rtb-1", "VpcId": vpc, "Routes": routes}

route(dest) := {"DestinationCidrBlock": dest, "VpcPeeringConnectionId": "pcx-1", "State": "active"}

findings(tables) := result if {
	result := ec2_vpcpeering_routes_least_access.deny with input as {"resource": pcx(tables)}
}

test_exact_peer_cidr_passes if {
	count(findings([table("vpc-a", [{"DestinationCidrBlock": "10.1.0.0/16", "GatewayId": "local"}, route("10.200.0.0/16")])])) == 0
}

test_subnet_of_peer_and_secondary_cidr_pass if {
	count(findings([table("vpc-a", [route("10.200.3.0/24"), route("100.64.0.0/16")])])) == 0
}

test_world_route_fails if {
	result := findings([table("vpc-a", [route("0.0.0.0/0")])])
	count(result) == 1
	some r in result
	r.evidence.destination == "0.0.0.0/0"
}

test_broader_than_peer_fails if {
	count(findings([table("vpc-a", [route("10.0.0.0/8")])])) == 1
}

test_disjoint_range_fails if {
	count(findings([table("vpc-a", [route("10.201.0.0/16")])])) == 1
}

test_ipv6_routes if {
	count(findings([table("vpc-a", [{"DestinationIpv6CidrBlock": "2600:1f18:abcd:1::/64", "VpcPeeringConnectionId": "pcx-1"}])])) == 0
	count(findings([table("vpc-a", [{"DestinationIpv6CidrBlock": "::/0", "VpcPeeringConnectionId": "pcx-1"}])])) == 1
}

test_accepter_side_table_is_judged_against_the_requester if {
	count(findings([table("vpc-b", [route("10.1.0.0/16")])])) == 0
	count(findings([table("vpc-b", [route("10.200.0.0/16")])])) == 1
}

test_routes_to_other_targets_are_ignored if {
	count(findings([table("vpc-a", [{"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1"}, {"DestinationCidrBlock": "0.0.0.0/0", "VpcPeeringConnectionId": "pcx-2"}])])) == 0
}

test_prefix_list_routes_are_not_judged if {
	count(findings([table("vpc-a", [{"DestinationPrefixListId": "pl-1", "VpcPeeringConnectionId": "pcx-1"}])])) == 0
}

test_no_route_tables_pass if {
	count(findings([])) == 0
}
