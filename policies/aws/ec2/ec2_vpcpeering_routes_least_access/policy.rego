# METADATA
# scope: package
# title: Routes to VPC peering connections are least access
# description: Every route of the account's route tables (RouteTables, DescribeRouteTables filtered on the
#   connection) whose VpcPeeringConnectionId is this connection must have a DestinationCidrBlock or
#   DestinationIpv6CidrBlock contained in a CIDR of the peer VPC (the VPC info of the other side from the route
#   table's VpcId - CidrBlock, CidrBlockSet, Ipv6CidrBlockSet). 0.0.0.0/0, ::/0 and any range broader than the
#   peer's CIDRs fail. Routes to a prefix list (DestinationPrefixListId) are not judged.
# custom:
#   id: ec2_vpcpeering_routes_least_access
#   severity: medium
#   resource_types:
#   - aws.ec2.vpc_peering_connection
#   risk: A peering route broader than the peer VPC sends traffic meant for other networks (or the internet) into
#     the peer, and widens what the peer can reach, turning one compromised VPC into a path into the other.
#   remediation:
#     text: Replace the broad route with routes to exactly the peer VPC's CIDR blocks (or the subnets that need
#       to talk).
#     cli: |-
#       aws ec2 delete-route --route-table-id <rtb-id> --destination-cidr-block 0.0.0.0/0
#       aws ec2 create-route --route-table-id <rtb-id> --destination-cidr-block <peer-vpc-cidr> --vpc-peering-connection-id <pcx-id>
#     terraform: |
#       resource "aws_route" "to_peer" {
#         route_table_id            = aws_route_table.app.id
#         destination_cidr_block    = "10.200.0.0/16" # the peer VPC's CIDR, not 0.0.0.0/0
#         vpc_peering_connection_id = aws_vpc_peering_connection.partner.id
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html
#   categories:
#   - network
package vigil.aws.ec2.ec2_vpcpeering_routes_least_access

import data.vigil.lib.aws.util

attrs := input.resource.attributes

# peer(table) is the VPC info of the side the route table does not belong to.
peer(table) := attrs.AccepterVpcInfo if table.VpcId == attrs.RequesterVpcInfo.VpcId

peer(table) := attrs.RequesterVpcInfo if {
	table.VpcId != attrs.RequesterVpcInfo.VpcId
	table.VpcId == attrs.AccepterVpcInfo.VpcId
}

peer_cidrs(info) := ({c.CidrBlock | some c in util.array_or_empty(object.get(info, "CidrBlockSet", []))} | {c.Ipv6CidrBlock |
	some c in util.array_or_empty(object.get(info, "Ipv6CidrBlockSet", []))
}) | {c | c := info.CidrBlock; util.non_empty(c)}

destination(route) := route.DestinationCidrBlock if util.non_empty(object.get(route, "DestinationCidrBlock", null))

destination(route) := route.DestinationIpv6CidrBlock if {
	not util.non_empty(object.get(route, "DestinationCidrBlock", null))
	util.non_empty(object.get(route, "DestinationIpv6CidrBlock", null))
}

# within(cidrs, dest): dest is inside one of cidrs (IPv4 and IPv6 never contain each other).
within(cidrs, dest) if {
	some c in cidrs
	contains(c, ":") == contains(dest, ":")
	net.cidr_contains(c, dest)
}

deny contains result if {
	some table in attrs.RouteTables
	info := peer(table)
	cidrs := peer_cidrs(info)
	some route in util.array_or_empty(table.Routes)
	object.get(route, "VpcPeeringConnectionId", null) == input.resource.id
	dest := destination(route)
	not within(cidrs, dest)
	result := {
		"msg": sprintf("Route table %s routes %s to peering connection %s, broader than the peer VPC %s (%s)", [table.RouteTableId, dest, input.resource.id, object.get(info, "VpcId", ""), concat(", ", sort(cidrs))]),
		"evidence": {"RouteTableId": table.RouteTableId, "destination": dest, "peer_cidrs": sort(cidrs)},
	}
}
