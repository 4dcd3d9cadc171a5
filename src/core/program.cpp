// SPDX-License-Identifier: GPL-3.0-or-later
#include "program.h"

namespace Crego::Core {

const ObjectSchema<Program>& Program::jsonSchema()
{
    static const ObjectSchema<Program> schema = [] {
        ObjectSchema<Program> s;
        s.field("id", &Program::id)
            .field("created_at", &Program::createdAt)
            .field("updated_at", &Program::updatedAt)
            .field("type", &Program::type)
            .field("name", &Program::name)
            .field("product_type", &Program::productType)
            .field("product_name", &Program::productName)
            .field("ref_id", &Program::refId)
            .field("status", &Program::status)
            .field("company", &Program::company);
        return s;
    }();
    return schema;
}

} // namespace Crego::Core
