package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ACCOUNT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.account.model.AlternateContact;
import software.amazon.awssdk.services.account.model.AlternateContactType;

/**
 * The account's alternate contacts (Account Management GetAlternateContact for SECURITY, BILLING and OPERATIONS),
 * one record per account. Names, addresses and phone numbers are personal data that no check needs: the record
 * keeps which fields are filled in, never their values. {@code ResourceNotFoundException} means "not set" (null).
 */
public final class AccountContactsCollector implements Collector {
    public static final String TYPE = "aws.account.contacts";
    static final Operation GET_ALTERNATE_CONTACT = Operation.of("account", "GetAlternateContact");
    private static final Map<String, AlternateContactType> KEYS = Map.of("SecurityContact",
            AlternateContactType.SECURITY, "BillingContact", AlternateContactType.BILLING, "OperationsContact",
            AlternateContactType.OPERATIONS);

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public Scope scope() {
        return Scope.GLOBAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_ALTERNATE_CONTACT);
    }

    @Override
    public void collect(UnitContext unit) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        UnknownInputs unknown = new UnknownInputs();
        for (String key : List.of("SecurityContact", "BillingContact", "OperationsContact")) {
            unknown.put(attributes, key, unit.call(GET_ALTERNATE_CONTACT, UnitContext.GLOBAL,
                    Set.of("ResourceNotFoundException"), () -> presence(unit.client(ACCOUNT)
                            .getAlternateContact(r -> r.alternateContactType(KEYS.get(key))).alternateContact())),
                    NullNode.getInstance());
        }
        String id = unit.accountId();
        unit.emit(unit.record("account", TYPE, UnitContext.GLOBAL, id, id, uid(id), Map.of(), attributes)
                .withUnknown(unknown.list()));
    }

    private static JsonNode presence(AlternateContact contact) {
        return JsonNodeFactory.instance.objectNode().put("AlternateContactType", contact.alternateContactTypeAsString())
                .put("NamePresent", filled(contact.name())).put("EmailAddressPresent", filled(contact.emailAddress()))
                .put("PhoneNumberPresent", filled(contact.phoneNumber())).put("TitlePresent", filled(contact.title()));
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    /** The Account Management API's ARN for an account. */
    public static String uid(String accountId) {
        return "arn:aws:account::" + accountId + ":account";
    }
}
